package org.communityops.process.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.springframework.core.io.Resource;

/**
 * One file of the process folder, named by its path relative to the folder (e.g.
 * {@code forms/x.form}).
 */
record ModelFile(String name, Resource resource) {

	boolean isBpmn() {
		return name.endsWith(".bpmn");
	}

	boolean isForm() {
		return name.endsWith(".form");
	}

	InputStream open() {
		try {
			return resource.getInputStream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read process model " + name, ex);
		}
	}

}
