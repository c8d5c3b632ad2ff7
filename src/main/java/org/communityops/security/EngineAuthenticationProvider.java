package org.communityops.security;

import java.util.List;

import org.communityops.identity.Caller;
import org.communityops.identity.engine.EngineDirectory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against the engine's identity service, where passwords
 * are stored hashed, and makes the {@link Caller} (groups and clients) the principal,
 * with one authority {@code ROLE_<role>} per role.
 */
@Component
class EngineAuthenticationProvider implements AuthenticationProvider {

	private final EngineDirectory directory;

	EngineAuthenticationProvider(EngineDirectory directory) {
		this.directory = directory;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String user = authentication.getName();
		Object password = authentication.getCredentials();
		if (user == null || user.isBlank() || !(password instanceof String secret)) {
			throw new BadCredentialsException("User name and password are required");
		}
		Caller caller = directory.authenticate(user, secret)
			.orElseThrow(() -> new BadCredentialsException("Unknown user or wrong password"));
		List<SimpleGrantedAuthority> authorities = caller.roles()
			.stream()
			.map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
