package dev.rolegraph.role;

import java.util.Collection;

import dev.rolegraph.api.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface RoleRepository extends Neo4jRepository<Role, String> {

	Window<Role> findByKindIn(Collection<String> kinds, ScrollPosition position, Limit limit, Sort sort);

	/** The role {@code id}, or NOT_FOUND naming {@code argument}. */
	default Role require(String argument, String id) {
		return findById(id).orElseThrow(() -> new NotFoundException(argument, "role", id));
	}

}
