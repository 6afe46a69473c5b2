// The career explorer: pick where to start and a role to aim at; see the paths, the gap and the overlap, each fact
// with its sources. The question lives in the address (?from=&to=&skills=&lang=) so that it can be shared.
import * as api from './api.js';
import { PathGraph } from './graph.js';
import { Picker } from './picker.js';
import { LANGS, t, translatePage } from './i18n.js';
import * as say from './words.js';

const $ = (id) => document.getElementById(id);

const state = {
  lang: 'EN',
  mode: 'role',
  from: null,
  to: null,
  skills: [],
  sources: new Map(),
  asked: 0,
};

const words = (key, values) => t(state.lang, key, values);

const graph = new PathGraph($('graph'), (edge) => showEdge(edge));

function element(tag, { className, text, attrs = {} } = {}, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  Object.entries(attrs).forEach(([name, value]) => node.setAttribute(name, value));
  node.append(...children);
  return node;
}

// --- errors and status ---

function showError(error) {
  const box = $('error');
  box.textContent = say.errorText(state.lang, error instanceof api.ApiError ? error : { message: error.message });
  box.hidden = false;
  status('');
}

function clearError() {
  $('error').hidden = true;
  $('error').textContent = '';
}

function status(text) {
  $('status').textContent = text;
}

// --- citations ---

function citationItem(citation) {
  const source = state.sources.get(citation.sourceId);
  const where = say.citationWhere(state.lang, citation);
  const article = source?.url
    ? element('a', { text: source.title, attrs: { href: source.url, target: '_blank', rel: 'noopener' } })
    : element('span', { text: source?.title ?? citation.sourceId });
  return element('li', { className: 'cite' },
    element('span', { className: 'cite-id', text: citation.sourceId }), ' ', article, ' · ',
    element('span', { className: 'cite-file', text: source?.file ?? (source?.version ? `v${source.version}` : '') }), ' · ',
    /^https?:\/\//.test(citation.concept ?? '')
      ? element('a', { text: where, attrs: { href: citation.concept, target: '_blank', rel: 'noopener' } })
      : where, ' · ',
    element('span', { className: citation.inferred ? 'tag inferred' : 'tag stated',
      text: words(citation.inferred ? 'inferred' : 'stated') }));
}

function citationList(citations) {
  return element('ul', { className: 'cites' }, ...citations.map(citationItem));
}

function sourcesDetails(citations) {
  return element('details', { className: 'sources' },
    element('summary', { text: `${words('sources')} (${citations.length})` }), citationList(citations));
}

// --- results ---

function showEdge(edge) {
  const box = $('edge');
  const close = element('button', { className: 'close', text: '×', attrs: { type: 'button', 'aria-label': words('close') } });
  close.addEventListener('click', () => { box.hidden = true; graph.choose(null); });
  box.replaceChildren(close,
    element('h3', { text: words('edgeTitle', { from: edge.from.name, to: edge.step.role.name }) }),
    element('p', { className: 'step-kind', text: say.stepText(state.lang, edge.step) }),
    element('p', { className: 'step-why', text: say.stepWhy(state.lang, edge.step) }),
    citationList(edge.step.ways?.length ? edge.step.ways.flatMap((way) => way.citations) : edge.step.citations));
  box.hidden = false;
  graph.choose(edge.id);
}

function renderPaths(start, targetId, route, note) {
  const paths = route?.paths ?? [];
  const list = $('paths');
  list.replaceChildren();
  $('edge').hidden = true;
  if (note) {
    list.append(element('li', { className: 'note', text: note }));
  }
  if (!start || paths.length === 0) {
    graph.destroy();
    $('graph').hidden = true;
    if (start) {
      list.append(element('li', { className: 'note', text: say.noPathAdvice(state.lang, route, api.MAX_STEPS) }));
    }
    return;
  }
  $('graph').hidden = false;
  graph.draw(start, targetId, paths);
  paths.forEach((path, index) => {
    const head = element('button', {
      className: 'path-head',
      text: say.pathHeading(state.lang, index, path),
      attrs: { type: 'button', 'aria-pressed': 'false' },
    });
    head.addEventListener('click', () => {
      const pressed = head.getAttribute('aria-pressed') !== 'true';
      list.querySelectorAll('.path-head').forEach((other) => other.setAttribute('aria-pressed', 'false'));
      head.setAttribute('aria-pressed', String(pressed));
      graph.highlight(pressed ? index : null);
    });
    const steps = element('ol', { className: 'steps' });
    let previous = start;
    path.steps.forEach((step) => {
      const from = previous;
      const button = element('button', { className: 'step', attrs: { type: 'button' } },
        element('span', { className: 'step-role', text: `${from.name} → ${step.role.name}` }),
        element('span', { className: 'step-kind', text: say.stepText(state.lang, step) }));
      button.addEventListener('click', () => showEdge({ id: `${from.id}->${step.role.id}`, from, step }));
      const learn = step.learn.length ? element('p', { className: 'learn', text: say.learnText(state.lang, step) }) : '';
      const why = element('p', { className: 'step-why', text: say.stepWhy(state.lang, step) });
      steps.append(element('li', {}, button, why, learn));
      previous = step.role;
    });
    list.append(element('li', { className: 'path' }, head, steps));
  });
}

function skillItem(entry, extra) {
  return element('li', { className: 'item' },
    element('span', { className: 'item-name', text: entry.skill.name }), ' ',
    element('span', { className: entry.essential ? 'tag essential' : 'tag optional',
      text: words(entry.essential ? 'essential' : 'optional') }),
    extra ?? '',
    sourcesDetails(entry.citations));
}

function renderGap(gap, summary) {
  $('summary').textContent = summary;
  const missing = $('gap');
  missing.replaceChildren(...gap.missing.map((entry) => {
    const heldBy = entry.heldBy.length ? element('p', { className: 'held-by', text: say.heldByText(state.lang, entry) }) : '';
    return skillItem(entry, heldBy);
  }));
  if (gap.missing.length === 0) {
    missing.append(element('li', { className: 'note', text: words('nothingToLearn') }));
  }
  const covered = $('overlap');
  covered.replaceChildren(...gap.covered.map((entry) => skillItem(entry)));
  if (gap.covered.length === 0) {
    covered.append(element('li', { className: 'note', text: words('nothingShared') }));
  }
}

// --- the two roles side by side ---

function factList(title, entries) {
  const list = element('ul', { className: 'facts' }, ...entries.map((entry) => element('li', {},
    element('span', { text: entry.text }), ' ', sourcesDetails(entry.citations))));
  if (entries.length === 0) {
    list.append(element('li', { className: 'note', text: words('noneStated') }));
  }
  return element('section', {}, element('h4', { text: title }), list);
}

function renderProfile(box, role, id) {
  const parts = [element('h3', { text: role.name, attrs: { id } })];
  if (role.description) {
    parts.push(element('p', { text: role.description }), sourcesDetails(role.descriptionCitations));
  }
  if (role.seniority) {
    parts.push(element('p', { text: `${words('seniorityRank', { rank: role.seniority.rank })}: ${role.seniority.explanation}` }),
      sourcesDetails(role.seniority.citations));
  }
  if (role.salary) {
    const salary = role.salary;
    parts.push(element('p', { text: words('salary', { min: salary.min.toLocaleString(), max: salary.max.toLocaleString(),
      currency: salary.currency, period: salary.period }) + (salary.region ? ` · ${salary.region}` : '')
      + (salary.reportedBy ? ` · ${salary.reportedBy}` : '') }), sourcesDetails(salary.citations));
  }
  parts.push(
    factList(words('duties'), role.responsibilities.map((d) => ({ text: d.responsibility.name, citations: d.citations }))),
    factList(words('tools'), role.tools.map((d) => ({ text: d.tool.name, citations: d.citations }))),
    factList(words('platforms'), role.platforms.map((d) => ({ text: d.platform.name, citations: d.citations }))),
    factList(words('reportsTo'), role.reportsTo.map((d) => ({ text: d.role.name, citations: d.citations }))),
    factList(words('collaborators'), role.collaboratesWith.map((d) => ({ text: d.role.name, citations: d.citations }))));
  box.replaceChildren(...parts);
}

function comparedItems(list, entries) {
  list.replaceChildren(...entries.map((entry) => skillItem({
    skill: entry.skill,
    essential: entry.essentialInA ?? entry.essentialInB,
    citations: entry.citations,
  })));
  if (entries.length === 0) {
    list.append(element('li', { className: 'note', text: words('noneStated') }));
  }
}

function renderSideBySide(data) {
  renderProfile($('profile-a'), data.a, 'profile-a-name');
  renderProfile($('profile-b'), data.b, 'profile-b-name');
  $('only-a-title').textContent = words('onlyIn', { role: data.a.name });
  $('only-b-title').textContent = words('onlyIn', { role: data.b.name });
  comparedItems($('shared'), data.compareRoles.sharedSkills);
  comparedItems($('only-a'), data.compareRoles.onlyInA);
  comparedItems($('only-b'), data.compareRoles.onlyInB);
  $('side-by-side').hidden = false;
}

// --- the question ---

function ready() {
  return state.to && (state.mode === 'role' ? state.from : state.skills.length > 0);
}

async function explore() {
  remember();
  const asked = ++state.asked;
  clearError();
  if (!ready()) {
    $('results').hidden = true;
    graph.destroy();
    status(words('pickBoth'));
    return;
  }
  if (state.mode === 'role' && state.from.id === state.to.id) {
    $('results').hidden = true;
    status(words('sameRole'));
    return;
  }
  status(words('loading'));
  try {
    if (state.mode === 'role') {
      const data = await api.exploreFromRole(state.from.id, state.to.id, state.lang);
      if (asked !== state.asked) return;
      const compared = await api.profiles(state.from.id, state.to.id, state.lang);
      if (asked !== state.asked) return;
      $('results').hidden = false;
      renderGap(data.skillGap, say.gapSummary(state.lang, data.skillGap, 'summaryRole'));
      renderPaths(data.start, state.to.id, data.careerRoute, null);
      renderSideBySide(compared);
    } else {
      const have = state.skills.map((skill) => skill.id);
      const data = await api.exploreFromSkills(have, state.to.id, state.lang);
      if (asked !== state.asked) return;
      const best = data.matchRoles[0];
      let found = { start: null, careerRoute: null };
      let note = words('noStart');
      if (best && best.role.id === state.to.id) {
        note = words('startIsTarget', { to: best.role.name });
      } else if (best) {
        found = await api.paths(best.role.id, state.to.id, state.lang);
        if (asked !== state.asked) return;
        note = words('bestStart', { role: best.role.name, percent: Math.round(best.essentialCoverage * 100) });
      }
      $('results').hidden = false;
      $('side-by-side').hidden = true;
      renderGap(data.skillGap, say.gapSummary(state.lang, data.skillGap, 'summarySkills'));
      renderPaths(found.start, state.to.id, found.careerRoute, note);
    }
    status('');
  } catch (error) {
    if (asked === state.asked) {
      $('results').hidden = true;
      graph.destroy();
      showError(error);
    }
  }
}

/** The page's address holds the whole question: an advisor can send it to a client as it is. */
async function copyLink() {
  try {
    await navigator.clipboard.writeText(location.href);
  } catch {
    // Without clipboard access (plain HTTP, a refused permission), the address is selected for copying by hand.
    window.prompt(words('copyLink'), location.href);
    return;
  }
  status(words('linkCopied'));
}

function remember() {
  const params = new URLSearchParams();
  params.set('lang', state.lang.toLowerCase());
  if (state.mode === 'role' && state.from) params.set('from', state.from.id);
  if (state.mode === 'skills' && state.skills.length) params.set('skills', state.skills.map((s) => s.id).join(','));
  if (state.to) params.set('to', state.to.id);
  history.replaceState(null, '', `${location.pathname}?${params}`);
}

// --- inputs ---

function renderChips() {
  $('skill-chips').replaceChildren(...state.skills.map((skill) => {
    const remove = element('button', { className: 'chip-remove', text: '×',
      attrs: { type: 'button', 'aria-label': words('remove', { name: skill.name }) } });
    remove.addEventListener('click', () => {
      state.skills = state.skills.filter((other) => other.id !== skill.id);
      renderChips();
      explore();
    });
    return element('li', { className: 'chip', attrs: { 'data-id': skill.id } }, element('span', { text: skill.name }), remove);
  }));
}

function setMode(mode) {
  state.mode = mode;
  document.querySelectorAll('input[name=mode]').forEach((radio) => { radio.checked = radio.value === mode; });
  $('from-field').hidden = mode !== 'role';
  $('skills-field').hidden = mode !== 'skills';
}

const rolePicker = (input, onPick) => new Picker({
  input,
  // Teams are not jobs one moves into: kept out of the pickers unless the advisor asks for them.
  find: async (text) => (await api.search(text, 'ROLE', state.lang))
    .filter((role) => $('include-teams').checked || role.kind !== 'TEAM'),
  browse: () => api.allRoles(state.lang, $('include-teams').checked),
  onPick,
  onError: showError,
  words,
});

const fromPicker = rolePicker($('from-input'), (role) => {
  state.from = role;
  fromPicker.show(role);
  explore();
});

const toPicker = rolePicker($('to-input'), (role) => {
  state.to = role;
  toPicker.show(role);
  explore();
});

const skillPicker = new Picker({
  input: $('skills-input'),
  find: (text) => api.search(text, 'SKILL', state.lang),
  onPick: (skill) => {
    if (!skill) return;
    if (!state.skills.some((other) => other.id === skill.id)) {
      state.skills.push(skill);
      renderChips();
      explore();
    }
    skillPicker.show(null);
  },
  onError: showError,
  words,
});

/** Puts the page's own texts and the language buttons into {@code lang}. */
function showLang(lang) {
  state.lang = lang;
  translatePage(lang);
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  });
}

async function setLang(lang) {
  showLang(lang);
  try {
    const named = await api.names([state.from, state.to].filter(Boolean).map((role) => role.id),
      state.skills.map((skill) => skill.id), lang);
    for (const item of [state.from, state.to, ...state.skills].filter(Boolean)) {
      item.name = named.get(item.id) ?? item.name;
    }
    fromPicker.show(state.from);
    toPicker.show(state.to);
    renderChips();
  } catch (error) {
    showError(error);
    return;
  }
  explore();
}

async function start() {
  const params = new URLSearchParams(location.search);
  const lang = (params.get('lang') ?? '').toUpperCase();
  showLang(LANGS.includes(lang) ? lang : 'EN');
  document.querySelectorAll('[data-lang]').forEach((button) => {
    button.addEventListener('click', () => setLang(button.dataset.lang));
  });
  document.querySelectorAll('input[name=mode]').forEach((radio) => {
    radio.addEventListener('change', () => { setMode(radio.value); explore(); });
  });
  $('question').addEventListener('submit', (event) => event.preventDefault());
  $('copy-link').addEventListener('click', copyLink);
  $('print').addEventListener('click', () => window.print());
  window.addEventListener('resize', () => graph.fit());

  const skillIds = (params.get('skills') ?? '').split(',').filter(Boolean);
  setMode(skillIds.length && !params.get('from') ? 'skills' : 'role');
  try {
    state.sources = await api.sources();
    const roleIds = [params.get('from'), params.get('to')].filter(Boolean);
    const named = await api.names(roleIds, skillIds, state.lang);
    if (params.get('from')) state.from = { id: params.get('from'), name: named.get(params.get('from')) };
    if (params.get('to')) state.to = { id: params.get('to'), name: named.get(params.get('to')) };
    state.skills = skillIds.map((id) => ({ id, name: named.get(id) }));
  } catch (error) {
    showError(error);
    return;
  }
  fromPicker.show(state.from);
  toPicker.show(state.to);
  renderChips();
  explore();
}

start();
