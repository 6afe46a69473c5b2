package dev.rolegraph.skill;

import dev.rolegraph.api.NotFoundException;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.transaction.annotation.Transactional;

// Query methods declared here get no transaction of their own: read-only, so a cluster routes them to a reader.
@Transactional(readOnly = true)
public interface SkillRepository extends Neo4jRepository<Skill, String> {

	/** The skill {@code id}, or NOT_FOUND naming {@code argument}. */
	default Skill require(String argument, String id) {
		return findById(id).orElseThrow(() -> new NotFoundException(argument, "skill", id));
	}

}
