package dev.rolegraph.catalog;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface ToolRepository extends Neo4jRepository<Tool, String> {

	List<Tool> findAllByOrderByNameEn();

}
