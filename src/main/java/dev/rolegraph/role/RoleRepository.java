package dev.rolegraph.role;

import java.util.Optional;

import dev.rolegraph.api.NotFoundException;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.data.neo4j.repository.query.Query;
import org.springframework.transaction.annotation.Transactional;

// Query methods declared here get no transaction of their own: read-only, so a cluster routes them to a reader.
@Transactional(readOnly = true)
public interface RoleRepository extends Neo4jRepository<Role, String> {

	/**
	 * One role by id. A fixed statement: findById renders its Cypher anew on every call, and this look-up runs on
	 * almost every request.
	 */
	@Query("MATCH (role:Role {id: $id}) RETURN role")
	Optional<Role> findRole(String id);

	/** The role {@code id}, or NOT_FOUND naming {@code argument}. */
	default Role require(String argument, String id) {
		return findRole(id).orElseThrow(() -> new NotFoundException(argument, "role", id));
	}

}
