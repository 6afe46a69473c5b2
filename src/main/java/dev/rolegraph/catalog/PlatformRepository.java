package dev.rolegraph.catalog;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface PlatformRepository extends Neo4jRepository<Platform, String> {

	List<Platform> findAllByOrderByNameEn();

}
