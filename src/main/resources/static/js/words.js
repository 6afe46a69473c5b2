// The explorer's sentences, as pure functions of the data and the language: no DOM, no state, so they can be
// tested without a browser (ExplorerWordsTest runs them on GraalJS).
import { t } from './i18n.js';

/** The message for a failed request: network, server, or a classified GraphQL error with its own message. */
export function errorText(lang, error) {
  if (error.kind === 'network') return t(lang, 'error.network');
  if (error.kind === 'server') return t(lang, 'error.server', { status: error.status ?? '?' });
  const prefix = ['NOT_FOUND', 'BAD_REQUEST'].includes(error.kind) ? t(lang, `error.${error.kind}`) : t(lang, 'error.other');
  return `${prefix} ${error.message}`;
}

/** Where in its source a citation points: a line range, a taxonomy's concept, or the whole source. */
export function citationWhere(lang, citation) {
  if (citation.concept) {
    return t(lang, 'concept', { concept: citation.concept });
  }
  return citation.lines ? t(lang, 'lines', { lines: citation.lines.replace('-', '–') }) : t(lang, 'wholeSource');
}

/** What kind of move a path step is: its direction, how it is known, and whether it is stated. */
export function stepText(lang, step) {
  return [t(lang, `move_${step.move}`), t(lang, step.via === 'REPORTING_LINE' ? 'reportingLine' : 'careerStep'),
    t(lang, step.inferred ? 'inferred' : 'stated')].join(' · ');
}

/** A path's heading: its number (from 0), its length and how many new skills it asks for. */
export function pathHeading(lang, index, path) {
  return `${t(lang, 'path', { n: index + 1 })} · ${path.length === 1 ? t(lang, 'step') : t(lang, 'steps', { n: path.length })}`
    + ` · ${t(lang, 'newSkills', { n: path.newSkills })}`;
}

/** The skills a step adds, or an empty string when it adds none. */
export function learnText(lang, step) {
  return step.learn.length ? `${t(lang, 'learnHere')}: ${step.learn.map((skill) => skill.name).join(', ')}` : '';
}

/** Who else holds a missing skill, with how many more there are; an empty string when nobody does. */
export function heldByText(lang, entry) {
  if (!entry.heldBy.length) return '';
  const more = entry.heldByCount > entry.heldBy.length
    ? t(lang, 'heldByMore', { n: entry.heldByCount - entry.heldBy.length }) : '';
  return t(lang, 'heldBy', { roles: entry.heldBy.map((role) => role.name).join(', ') }) + more;
}

/** The gap in one sentence ({@code key}: summaryRole or summarySkills), from the skillGap answer's own figures. */
export function gapSummary(lang, gap, key) {
  const total = gap.missing.length + gap.covered.length;
  return t(lang, key, {
    from: gap.from?.name ?? '', to: gap.target.name, covered: gap.covered.length, total,
    missing: gap.missing.length, percent: Math.round(gap.coverage * 100),
  });
}
