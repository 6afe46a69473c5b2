package dev.rolegraph;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RolegraphApplication {

	public static void main(String[] args) {
		SpringApplication.run(RolegraphApplication.class, args);
	}

}
