package dev.rolegraph.skill;

import java.util.List;

import org.springframework.data.neo4j.repository.Neo4jRepository;

interface SkillRepository extends Neo4jRepository<Skill, String> {

	List<Skill> findAllByOrderByNameEn();

}
