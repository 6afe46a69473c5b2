package dev.rolegraph.seed;

import java.util.List;

import dev.rolegraph.seed.SeedModel.Located;
import dev.rolegraph.seed.SeedModel.Role;
import dev.rolegraph.seed.SeedModel.Source;
import dev.rolegraph.seed.SeedModel.Thing;

/** Everything in seed/, parsed, with the content hash that decides whether it must be loaded again. */
record Seed(List<Located<Source>> sources, List<Located<Thing>> skills, List<Located<Thing>> responsibilities,
		List<Located<Thing>> tools, List<Located<Thing>> platforms, List<Located<Role>> roles, String hash) {
}
