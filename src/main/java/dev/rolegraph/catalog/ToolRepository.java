package dev.rolegraph.catalog;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.repository.Neo4jRepository;

interface ToolRepository extends Neo4jRepository<Tool, String> {

	Window<Tool> findBy(ScrollPosition position, Limit limit, Sort sort);

}
