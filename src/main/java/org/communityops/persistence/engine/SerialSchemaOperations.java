package org.communityops.persistence.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Nodes started together on an empty PostgreSQL database take turns creating or updating
 * the engine's tables: the engine's schema operation first takes a transaction-scoped
 * advisory lock, so a second node waits until the first committed its tables, then finds
 * them present instead of creating them twice (which failed with a duplicate key in
 * {@code pg_type}). H2 serves one node and needs no lock.
 */
@Component
class SerialSchemaOperations extends AbstractProcessEnginePlugin {

	/**
	 * The advisory lock's key: "CommOps" in ASCII, so it meets no other application's
	 * lock on the server.
	 */
	static final long LOCK_KEY = 0x436f6d6d4f7073L;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Command<Void> schemaOperations = configuration.getSchemaOperationsCommand();
		configuration.setSchemaOperationsCommand(commandContext -> {
			if ("postgres".equals(commandContext.getProcessEngineConfiguration().getDatabaseType())) {
				lock(commandContext);
			}
			return schemaOperations.execute(commandContext);
		});
	}

	private static void lock(CommandContext commandContext) {
		Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
		try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
			statement.setLong(1, LOCK_KEY);
			statement.execute();
		}
		catch (SQLException ex) {
			throw new ProcessEngineException("Could not take the schema lock before creating the engine's tables", ex);
		}
	}

}
