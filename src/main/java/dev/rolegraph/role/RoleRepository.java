package dev.rolegraph.role;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

public interface RoleRepository extends Neo4jRepository<Role, String> {

	List<Role> findAllByOrderByNameEn();

	List<Role> findAllByKindOrderByNameEn(String kind);

}
