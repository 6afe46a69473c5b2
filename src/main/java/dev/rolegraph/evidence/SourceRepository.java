package dev.rolegraph.evidence;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface SourceRepository extends Neo4jRepository<Source, String> {

	List<Source> findAllByOrderById();

}
