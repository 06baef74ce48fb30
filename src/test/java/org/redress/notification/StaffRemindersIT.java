package org.redress.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.casework.Cases.aComplaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.redress.TestCouncil;
import org.redress.TestMail;
import org.redress.casework.Casework;
import org.redress.casework.Channel;
import org.redress.casework.FeedbackCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/** The daily deadline reminder, run by two instances against one database, reaches each officer once. */
@SpringBootTest
class StaffRemindersIT {

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        TestMail.register(registry);
    }

    @Autowired StaffReminders reminders;
    @Autowired Casework casework;
    @Autowired TestCouncil council;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient db;

    @Test
    void twoInstancesRunningTheJobTogetherRemindEachOfficerOnceAListingTheirDueAndOverdueCases() throws Exception {
        FeedbackCase overdue = assigned(council, LocalDate.of(2020, 12, 1));     // due Thursday 31 December 2020
        FeedbackCase dueMonday = assigned(council, LocalDate.of(2021, 1, 4));    // due Monday 1 February
        FeedbackCase notYet = assigned(council, LocalDate.of(2021, 1, 27));      // due 24 February
        LocalDate friday = LocalDate.of(2021, 1, 29);                            // 2 working days on: Tuesday 2 February

        String job = "staff-reminders-" + council.prefix;
        LockingTaskExecutor instanceA = new DefaultLockingTaskExecutor(NotificationScheduling.lockProvider(dataSource, "instance-a"));
        LockingTaskExecutor instanceB = new DefaultLockingTaskExecutor(NotificationScheduling.lockProvider(dataSource, "instance-b"));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LockingTaskExecutor.TaskResult<Integer>>> runs = List.of(
                    pool.submit(run(instanceA, job, together, friday)), pool.submit(run(instanceB, job, together, friday)));
            long ran = 0;
            for (Future<LockingTaskExecutor.TaskResult<Integer>> run : runs) {
                ran += run.get().wasExecuted() ? 1 : 0;
            }
            assertThat(ran).as("ShedLock lets one instance run the job").isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        // Later the same day, on any instance and past any lock: nothing more for these officers.
        reminders.remind(friday);

        String officer = council.highwaysOfficer.getUsername() + "@example.gov.uk";
        assertThat(db.sql("select count(*) from staff_reminder where authority_id = ?").param(council.authority.id())
                .query(Long.class).single()).isEqualTo(1);
        List<TestMail.Email> emails = TestMail.awaitAll(officer, 1);
        Thread.sleep(500);
        assertThat(TestMail.to(officer)).hasSize(1);
        TestMail.Email email = emails.get(0);
        assertThat(email.subject()).isEqualTo("Cases due soon or overdue: 2");
        assertThat(email.body()).contains("- " + overdue.reference() + ", complaint: overdue, was due Thursday 31 December 2020")
                .contains("- " + dueMonday.reference() + ", complaint: due Monday 1 February 2021")
                .doesNotContain(notYet.reference());
    }

    private Callable<LockingTaskExecutor.TaskResult<Integer>> run(LockingTaskExecutor instance, String job,
            CyclicBarrier together, LocalDate today) {
        return () -> {
            together.await();
            try {
                return instance.executeWithLock(() -> reminders.remind(today),
                        new LockConfiguration(Instant.now(), job, Duration.ofMinutes(5), Duration.ofSeconds(30)));
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private FeedbackCase assigned(TestCouncil council, LocalDate receivedOn) {
        FeedbackCase c = casework.log(council.feedbackTeam, aComplaint().receivedOn(receivedOn)
                .by(Channel.PHONE).about(council.highways.id()).from("C", null).describedAs("Streetlight out")
                .assignedTo(council.highwaysOfficer.staffId()).build());
        return c;
    }
}
