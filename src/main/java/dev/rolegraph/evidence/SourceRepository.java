package dev.rolegraph.evidence;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;
import org.springframework.transaction.annotation.Transactional;

// Query methods declared here get no transaction of their own: read-only, so a cluster routes them to a reader.
@Transactional(readOnly = true)
interface SourceRepository extends Neo4jRepository<Source, String> {

	List<Source> findAllByOrderById();

}
