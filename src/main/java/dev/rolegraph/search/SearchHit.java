package dev.rolegraph.search;

/** One search result: a Role, Skill, Tool, Platform or Responsibility entity. */
record SearchHit(SearchKind kind, double score, Object node) {
}
