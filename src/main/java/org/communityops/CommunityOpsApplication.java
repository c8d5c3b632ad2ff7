package org.communityops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * CommunityOps: runs an agency's community-management work as BPMN processes on an embedded
 * Camunda 7 engine and times every human task against the client's contract SLA.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CommunityOpsApplication {

	public static void main(String[] args) {
		SpringApplication.run(CommunityOpsApplication.class, args);
	}

}
