package dev.rolegraph.catalog;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface ResponsibilityRepository extends Neo4jRepository<Responsibility, String> {

	List<Responsibility> findAllByOrderByNameEn();

}
