package dev.rolegraph.skill;

import dev.rolegraph.api.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface SkillRepository extends Neo4jRepository<Skill, String> {

	Window<Skill> findBy(ScrollPosition position, Limit limit, Sort sort);

	/** The skill {@code id}, or NOT_FOUND naming {@code argument}. */
	default Skill require(String argument, String id) {
		return findById(id).orElseThrow(() -> new NotFoundException(argument, "skill", id));
	}

}
