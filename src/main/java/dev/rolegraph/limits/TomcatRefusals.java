package dev.rolegraph.limits;

import org.apache.catalina.core.StandardHost;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Requests Tomcat refuses before the application sees them are answered in JSON ({@link JsonErrorReportValve}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class TomcatRefusals {

	@Bean
	TomcatContextCustomizer jsonErrorReports() {
		return context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(JsonErrorReportValve.class.getName());
			}
			else {
				throw new IllegalStateException("Tomcat's host is not known yet: its error reports would stay HTML");
			}
		};
	}

}
