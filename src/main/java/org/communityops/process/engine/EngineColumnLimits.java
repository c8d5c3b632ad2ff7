package org.communityops.process.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Refuses a command that would write more into the engine's columns than they hold: a
 * business key or variable name over 255 characters, a string variable over 4000 (the
 * engine keeps strings in a {@code varchar(4000)}; bigger values belong in a Bytes or
 * File variable, kept as a blob). Runs inside the command context after the command,
 * before the engine writes anything (it writes when the context closes), so a refused
 * command leaves nothing behind; without it the database refuses the write and the caller
 * sees a server error.
 */
final class EngineColumnLimits extends CommandInterceptor {

	static final int KEY_LENGTH = 255;

	static final int TEXT_LENGTH = 4000;

	@Override
	public <T> T execute(Command<T> command) {
		T result = next.execute(command);
		DbEntityCache toWrite = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
		for (ExecutionEntity execution : toWrite.getEntitiesByType(ExecutionEntity.class)) {
			String key = execution.getBusinessKey();
			if (key != null && key.length() > KEY_LENGTH) {
				throw new BadUserRequestException("businessKey: " + key.length() + " characters are too long;"
						+ " expected at most " + KEY_LENGTH);
			}
		}
		for (VariableInstanceEntity variable : toWrite.getEntitiesByType(VariableInstanceEntity.class)) {
			check(variable);
		}
		return result;
	}

	private static void check(VariableInstanceEntity variable) {
		String name = variable.getName();
		if (name != null && name.length() > KEY_LENGTH) {
			throw new BadUserRequestException("Variable '" + name.substring(0, 40) + "...': a name of " + name.length()
					+ " characters is too long; expected at most " + KEY_LENGTH);
		}
		String text = variable.getTextValue();
		if (text != null && text.length() > TEXT_LENGTH) {
			throw new BadUserRequestException("Variable '" + name + "': a " + variable.getTypeName() + " of "
					+ text.length() + " characters is too long; expected at most " + TEXT_LENGTH
					+ ", or a bigger value as type Bytes or File");
		}
		String typeInformation = variable.getTextValue2();
		if (typeInformation != null && typeInformation.length() > TEXT_LENGTH) {
			throw new BadUserRequestException("Variable '" + name + "': its type information of "
					+ typeInformation.length() + " characters is too long; expected at most " + TEXT_LENGTH);
		}
	}

}
