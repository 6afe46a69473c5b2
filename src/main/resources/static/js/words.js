// The explorer's sentences, as pure functions of the data and the language: no DOM, no state, so they can be
// tested without a browser (ExplorerWordsTest runs them on GraalJS).
import { t } from './i18n.js';

/** The message for a failed request: network, server, or a classified GraphQL error with its own message. */
export function errorText(lang, error) {
  if (error.kind === 'network') return t(lang, 'error.network');
  if (error.kind === 'server') return t(lang, 'error.server', { status: error.status ?? '?' });
  const prefix = ['NOT_FOUND', 'BAD_REQUEST', 'TOO_BUSY', 'TIMEOUT'].includes(error.kind) ? t(lang, `error.${error.kind}`) : t(lang, 'error.other');
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
  return [t(lang, `move_${step.move}`), wayName(lang, step.via),
    t(lang, step.via === 'SIMILARITY' ? 'derived' : step.inferred ? 'inferred' : 'stated')].join(' · ');
}

function wayName(lang, via) {
  return t(lang, via === 'REPORTING_LINE' ? 'reportingLine' : via === 'SIMILARITY' ? 'similarity' : 'careerStep');
}

/** Why a step is suggested, in one sentence per way it is known (a step without {@code ways} has its own). */
export function stepWhy(lang, step) {
  const ways = step.ways?.length ? step.ways : [step];
  return ways.map((way) => {
    if (way.via === 'SIMILARITY') {
      return t(lang, 'whySimilar', { shared: way.sharedSkills?.length ?? 0, score: Math.round((way.score ?? 0) * 100) });
    }
    const key = way.via === 'REPORTING_LINE' ? 'whyReporting' : 'whyCareerStep';
    return t(lang, key, { how: t(lang, way.inferred ? 'whyImplied' : 'whyStated') });
  }).join(' ');
}

/**
 * A path's heading: its number (from 0), its length, and what there is to learn: the target's own gap (the same
 * number as the summary's) and, apart, what the roles in between add.
 */
export function pathHeading(lang, index, path) {
  const length = path.length === 1 ? t(lang, 'step') : t(lang, 'steps', { n: path.length });
  const learn = path.targetGap === undefined ? t(lang, 'newSkills', { n: path.newSkills })
    : path.addedAlongTheWay > 0
      ? t(lang, 'learnAlong', { target: path.targetGap, along: path.addedAlongTheWay })
      : t(lang, 'learnTarget', { target: path.targetGap });
  return `${t(lang, 'path', { n: index + 1 })} · ${length} · ${learn}`;
}

/**
 * When no path is known: what the direct move takes and the roles on the way that careerRoute names, each with what
 * reaching it takes and what is left from there.
 */
export function noPathAdvice(lang, route, steps) {
  const n = route?.direct?.skillsToLearn ?? 0;
  const closer = (route?.closer ?? [])
    .slice(0, 3)
    .map((entry) => t(lang, 'closerRole', { role: entry.role.name, reach: entry.learnToReach, left: entry.learnFromThere }));
  const direct = t(lang, n === 1 ? 'noPathDirectOne' : 'noPathDirect', { steps, n });
  return closer.length ? `${direct} ${t(lang, 'noPathCloser', { roles: closer.join(', ') })}` : direct;
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
