// Search-as-you-type: a text box whose list of suggestions follows what is typed (ARIA combobox pattern).

const DELAY_MS = 150;

export class Picker {
  /**
   * @param input the text box; its aria-controls names the list of options
   * @param find (text) => Promise of [{id, name}] for what is typed
   * @param browse () => Promise of [{id, name}] when nothing is typed, or null to show nothing
   * @param onPick (item) => void when an option is chosen; (null) when the text no longer names the choice
   * @param onError (error) => void when looking up suggestions fails
   * @param words (key, values) => the page's text in the current language
   */
  constructor({ input, find, browse = null, onPick, onError, words }) {
    this.input = input;
    this.list = document.getElementById(input.getAttribute('aria-controls'));
    this.find = find;
    this.browse = browse;
    this.onPick = onPick;
    this.onError = onError;
    this.words = words;
    this.items = [];
    this.active = -1;
    this.chosen = null;
    this.asked = 0;
    this.timer = null;
    input.addEventListener('input', () => this.typed());
    input.addEventListener('focus', () => { if (!this.input.value.trim()) this.typed(); });
    input.addEventListener('keydown', (event) => this.key(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
    // mousedown, not click: the text box must not lose focus (and close the list) before the choice registers.
    this.list.addEventListener('mousedown', (event) => {
      const option = event.target.closest('[role=option][data-index]');
      if (option) {
        event.preventDefault();
        this.pick(Number(option.dataset.index));
      }
    });
  }

  /** Shows {@code item} as the current choice without asking for suggestions. */
  show(item) {
    this.chosen = item;
    this.input.value = item ? item.name : '';
  }

  typed() {
    if (this.chosen && this.input.value !== this.chosen.name) {
      this.chosen = null;
      this.onPick(null);
    }
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.suggest(this.input.value.trim()), DELAY_MS);
  }

  async suggest(text) {
    const ask = ++this.asked;
    // The API wants at least one letter or digit; anything else has nothing to match.
    const searchable = /[\p{L}\p{N}]/u.test(text);
    if (!text && !this.browse) {
      this.close();
      return;
    }
    if (text && !searchable) {
      this.render([], text);
      return;
    }
    try {
      const items = text ? await this.find(text) : await this.browse();
      if (ask === this.asked && document.activeElement === this.input) {
        this.render(items, text);
      }
    } catch (error) {
      if (ask === this.asked) {
        this.close();
        this.onError(error);
      }
    }
  }

  render(items, text) {
    this.items = items;
    this.active = items.length ? 0 : -1;
    this.list.replaceChildren();
    if (items.length === 0) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.setAttribute('aria-disabled', 'true');
      empty.textContent = this.words('noMatch', { text });
      this.list.append(empty);
    }
    items.forEach((item, index) => {
      const option = document.createElement('li');
      option.id = `${this.list.id}-${index}`;
      option.setAttribute('role', 'option');
      option.dataset.index = index;
      option.dataset.id = item.id;
      option.textContent = item.name;
      this.list.append(option);
    });
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    this.highlight();
  }

  highlight() {
    [...this.list.querySelectorAll('[role=option]')].forEach((option, index) => {
      option.setAttribute('aria-selected', String(index === this.active));
    });
    if (this.active >= 0) {
      this.input.setAttribute('aria-activedescendant', `${this.list.id}-${this.active}`);
      document.getElementById(`${this.list.id}-${this.active}`)?.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  }

  key(event) {
    const open = !this.list.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        this.typed();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.items.length) % Math.max(this.items.length, 1);
      this.highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (open && this.active >= 0) {
        this.pick(this.active);
      }
    } else if (event.key === 'Escape') {
      this.close();
    }
  }

  pick(index) {
    const item = this.items[index];
    if (!item) {
      return;
    }
    this.close();
    this.onPick(item);
  }

  close() {
    clearTimeout(this.timer);
    this.asked++;
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
