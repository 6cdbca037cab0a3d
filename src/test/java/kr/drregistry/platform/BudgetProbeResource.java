package kr.drregistry.platform;

import java.util.concurrent.CountDownLatch;

import org.eclipse.microprofile.openapi.annotations.Operation;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.budget.Budget;
import kr.drregistry.budget.BudgetExceededException;

/**
 * Test-only (src/test): an endpoint whose work runs under {@link ExpensiveWork} until its budget stops it, checking
 * the budget as the parsers do. It shows that closing the connection stops the work ({@code ParseBudgetApiTest}).
 */
@Path("/api/v1/budget-probe")
@kr.drregistry.identity.ApiAccess(token = kr.drregistry.identity.ApiAccess.Scope.VALIDATE) // declared like every API route, or the gate closes it
public class BudgetProbeResource {
    static volatile CountDownLatch started = new CountDownLatch(1);
    static volatile CountDownLatch stopped = new CountDownLatch(1);
    static volatile Budget.Stop reason;

    @Inject
    ExpensiveWork work;

    static void reset() {
        started = new CountDownLatch(1);
        stopped = new CountDownLatch(1);
        reason = null;
    }

    @POST
    @Blocking
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String spin() {
        return work.run(() -> {
            Budget budget = work.budget();
            started.countDown();
            try {
                while (true) {
                    budget.check();
                    Thread.onSpinWait();
                }
            } catch (BudgetExceededException e) {
                reason = e.reason();
                stopped.countDown();
                throw e;
            }
        });
    }
}
