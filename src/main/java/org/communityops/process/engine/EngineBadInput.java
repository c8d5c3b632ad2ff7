package org.communityops.process.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.VariableSerializerFactory;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Input the engine would fail on as a server error is refused as a bad request
 * ({@link BadUserRequestException}), on every way into the engine (REST, forms, Java),
 * before anything is written: values longer than the engine's columns
 * ({@link EngineColumnLimits}), a value no serializer of this engine stores (e.g. an
 * Object in a format without a data format plugin), and a condition evaluated while no
 * process has a conditional start event.
 */
@Component
class EngineBadInput extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new EngineColumnLimits());
		interceptors.add(new UnmatchedConditions());
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
		configuration.setFallbackSerializerFactory(new NoSerializer());
	}

	/**
	 * Asked only when none of the engine's serializers takes a value: says so as the
	 * caller's error.
	 */
	private static final class NoSerializer implements VariableSerializerFactory {

		@Override
		public TypedValueSerializer<?> getSerializer(String serializerName) {
			return null;
		}

		@Override
		public TypedValueSerializer<?> getSerializer(TypedValue value) {
			String format = value instanceof SerializableValue serializable
					&& serializable.getSerializationDataFormat() != null
							? " in serialization format '" + serializable.getSerializationDataFormat() + "'" : "";
			throw new BadUserRequestException("A value of type " + value.getType().getName() + format
					+ " cannot be stored by this engine; expected a String, Boolean, Integer, Long, Double, Date, Bytes"
					+ " or File value");
		}

	}

	/**
	 * The engine fails {@code POST /engine-rest/condition} with a plain engine error when
	 * no process has a conditional start event: nothing the server can fix, the caller
	 * asked for starts that cannot happen.
	 */
	private static final class UnmatchedConditions extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return next.execute(command);
			}
			catch (ProcessEngineException ex) {
				if (command instanceof EvaluateStartConditionCmd && !(ex instanceof BadUserRequestException)
						&& ex.getClass() == ProcessEngineException.class) {
					throw new BadUserRequestException("Cannot evaluate the conditions: " + ex.getMessage(), ex);
				}
				throw ex;
			}
		}

	}

}
