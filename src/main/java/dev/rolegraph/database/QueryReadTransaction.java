package dev.rolegraph.database;

import java.io.IOException;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs all the reads of one GraphQL query in one read transaction, so that a page whose fields are loaded in
 * batches (a role, its skills, its tools) pays for one BEGIN and one COMMIT instead of one pair per field; the
 * driver routes it to a reader in a cluster. Mutations are left alone: they open their own write transactions.
 * Spring binds the transaction to the request thread, so it ends on that thread: when the query completes there,
 * or at the latest when the HTTP request does ({@link EndOfRequest}). Not a component, so that GraphQL slice
 * tests, which have no database, leave it out.
 */
class QueryReadTransaction extends SimplePerformantInstrumentation {

	private static final Log logger = LogFactory.getLog(QueryReadTransaction.class);

	/** The query transaction open on a thread, with the manager that ends it. */
	private record Open(PlatformTransactionManager manager, TransactionStatus status) {
	}

	private static final ThreadLocal<Open> OPEN = new ThreadLocal<>();

	private final PlatformTransactionManager transactions;

	private final TransactionDefinition readOnly;

	QueryReadTransaction(PlatformTransactionManager transactions) {
		this.transactions = transactions;
		DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
		definition.setReadOnly(true);
		definition.setName("graphql query");
		this.readOnly = definition;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		OperationDefinition operation = parameters.getExecutionContext().getOperationDefinition();
		if (operation.getOperation() != OperationDefinition.Operation.QUERY || introspectionOnly(operation)
				|| OPEN.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
			return SimpleInstrumentationContext.noOp();
		}
		Thread owner = Thread.currentThread();
		try {
			OPEN.set(new Open(this.transactions, this.transactions.getTransaction(this.readOnly)));
		}
		catch (RuntimeException ex) {
			// Database unreachable: let each field fail on its own, as a classified GraphQL error.
			logger.debug("No read transaction for the query", ex);
			return SimpleInstrumentationContext.noOp();
		}
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			if (Thread.currentThread() == owner) {
				end();
			}
		});
	}

	/** Whether the query asks only about the schema (as GraphiQL does), so that no database work is needed. */
	private static boolean introspectionOnly(OperationDefinition operation) {
		return operation.getSelectionSet()
			.getSelections()
			.stream()
			.allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
	}

	/** Ends the current thread's query transaction, if one is open. Read-only, so a rollback loses nothing. */
	static void end() {
		Open open = OPEN.get();
		if (open == null) {
			return;
		}
		OPEN.remove();
		if (open.status().isCompleted()) {
			return;
		}
		try {
			if (open.status().isRollbackOnly()) {
				open.manager().rollback(open.status());
			}
			else {
				open.manager().commit(open.status());
			}
		}
		catch (RuntimeException ex) {
			logger.debug("Ending the query's read transaction failed", ex);
		}
	}

	/** The safety net: a query that did not finish on the request thread has its transaction ended here. */
	static class EndOfRequest extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			try {
				chain.doFilter(request, response);
			}
			finally {
				end();
			}
		}

	}

}
