package org.communityops.process;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the editable process models live.
 *
 * @param location a Spring resource location of the folder holding {@code .bpmn},
 * {@code .dmn} and {@code .form} files; when it does not exist, the copy packaged in the
 * jar is deployed instead
 * @param deploymentName the name under which the engine keeps the deployments of that
 * folder
 */
@ConfigurationProperties("communityops.processes")
public record ProcessesProperties(@DefaultValue("file:processes/") String location,
		@DefaultValue("communityops-processes") String deploymentName) {

	public static final String PACKAGED_LOCATION = "classpath:processes/";

}
