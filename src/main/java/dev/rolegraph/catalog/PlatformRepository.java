package dev.rolegraph.catalog;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.repository.Neo4jRepository;

interface PlatformRepository extends Neo4jRepository<Platform, String> {

	Window<Platform> findBy(ScrollPosition position, Limit limit, Sort sort);

}
