package dev.rolegraph.database;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.rolegraph.ApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Replicas that start together on one database: start-up work runs one instance at a time, and once. */
class StartupLockTest extends ApiTest {

	@Test
	void threeReplicasStartingAtOnceDoTheWorkOnceAndNeverTogether() throws Exception {
		this.driver.session().run("MERGE (s:StartupLockProbe {id: 'probe'}) SET s.done = false").consume();
		AtomicInteger inside = new AtomicInteger();
		AtomicInteger overlaps = new AtomicInteger();
		AtomicInteger done = new AtomicInteger();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> replicas = new ArrayList<>();
		try (ExecutorService threads = Executors.newFixedThreadPool(3)) {
			for (int replica = 0; replica < 3; replica++) {
				// Each its own instance, as each replica holds its own identity.
				StartupLock lock = new StartupLock(this.driver);
				replicas.add(threads.submit(() -> {
					start.await();
					lock.during("the probe", () -> {
						if (inside.incrementAndGet() > 1) {
							overlaps.incrementAndGet();
						}
						boolean already = this.driver.session()
							.run("MATCH (s:StartupLockProbe {id: 'probe'}) RETURN s.done AS done")
							.single()
							.get("done")
							.asBoolean();
						if (!already) {
							sleep();
							this.driver.session().run("MATCH (s:StartupLockProbe {id: 'probe'}) SET s.done = true").consume();
							done.incrementAndGet();
						}
						inside.decrementAndGet();
					});
					return null;
				}));
			}
			start.countDown();
			for (Future<?> replica : replicas) {
				replica.get();
			}
		}
		finally {
			this.driver.session().run("MATCH (s:StartupLockProbe) DELETE s").consume();
		}
		assertThat(overlaps).hasValue(0);
		assertThat(done).hasValue(1);
		assertThat(this.driver.session().run("MATCH (l:StartupLock) RETURN count(l) AS locks, collect(l.holder) AS holders")
			.single()
			.asMap()).containsEntry("locks", 1L).containsEntry("holders", List.of());
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
