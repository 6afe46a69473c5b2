package dev.rolegraph.skill;

import dev.rolegraph.api.NotFoundException;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface SkillRepository extends Neo4jRepository<Skill, String> {

	/** The skill {@code id}, or NOT_FOUND naming {@code argument}. */
	default Skill require(String argument, String id) {
		return findById(id).orElseThrow(() -> new NotFoundException(argument, "skill", id));
	}

}
