package slotbot.app.dialog;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.PostgreSqlJdbcCustomization;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import slotbot.app.jdbc.Database;
import slotbot.app.SlotbotProperties;
import slotbot.app.botstats.BlockEntries;
import slotbot.app.bots.BotLibrary;
import slotbot.app.calendar.QueuedCallbacks;
import slotbot.app.clients.ClientRows;
import slotbot.app.metrics.BookingMeter;
import slotbot.app.metrics.Gauges;
import slotbot.app.metrics.TimerMeter;
import slotbot.app.metrics.TurnMeter;
import slotbot.app.variables.ProjectVariableRows;
import slotbot.booking.functions.BookingFunctions;
import slotbot.funnel.bot.BotReader;
import slotbot.funnel.calc.Calculator;
import slotbot.funnel.calc.FunctionLibrary;
import slotbot.funnel.calc.Limits;
import slotbot.funnel.calc.Values;
import slotbot.funnel.dialog.BotFunctions;
import slotbot.funnel.dialog.ClientContacts;
import slotbot.funnel.dialog.DialogEngine;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Wires the funnel engine to the database, the booking functions and the scheduler. */
@Configuration(proxyBeanMethods = false)
class DialogConfig {

    /** The funnel's library and the booking functions, and the functions the app's features add ({@link DialogFunction}). */
    @Bean
    Calculator calculator(BookingFunctions bookings, BookingMeter meter, List<DialogFunction> more) {
        FunctionLibrary library = BotFunctions.library((name, args, client) ->
                meter.call(BookingMeter.Source.BOT, name, () -> bookings.call(name, args, client)).value());
        for (DialogFunction function : more) {
            library = library.with(function.name(), function.minArgs(), function.maxArgs(),
                    (args, context) -> Values.normalize(function.call(args, context.clientId())));
        }
        return new Calculator(library, Limits.defaults());
    }

    @Bean
    BotLibrary botLibrary(JdbcClient jdbc, Calculator calculator, SlotbotProperties properties, Clock clock,
                          TransactionTemplate transactions) {
        return new BotLibrary(jdbc, new BotReader(calculator, properties.timezone()), clock, transactions);
    }

    @Bean
    ProjectVariableRows projectVariableRows(JdbcClient jdbc) {
        return new ProjectVariableRows(jdbc);
    }

    @Bean
    SharedVariableStore sharedVariableStore(ProjectVariableRows project, DialogRows rows) {
        return new SharedVariableStore(project, rows);
    }

    @Bean
    DialogEngine dialogEngine(Calculator calculator, Clock clock, ClientContacts contacts, SharedVariableStore shared) {
        return new DialogEngine(calculator, clock, contacts, shared);
    }

    @Bean
    DialogRows dialogRows(JdbcClient jdbc, JdbcTemplate statements, Database database, ClientRows clients) throws Exception {
        return new DialogRows(jdbc, statements, database.postgres(), clients);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService callbackWorker() {
        return Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "slotbot-callbacks");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    CallbackOutbox callbackOutbox(JdbcClient jdbc, ExecutorService callbackWorker, Clock clock, ObjectProvider<DialogTurns> turns) {
        CallbackOutbox outbox = new CallbackOutbox(jdbc, callbackWorker, clock);
        outbox.use(turns::getObject);
        return outbox;
    }

    @Bean
    CallbackSender callbackSender(CallbackOutbox outbox, TransactionTemplate transactions) {
        return new CallbackSender(outbox, transactions);
    }

    /** The callback rows a booking's own statement wrote (PostgreSQL), delivered after its commit as the outbox's own. */
    @Bean
    QueuedCallbacks queuedCallbacks(CallbackOutbox outbox) {
        return outbox::deliverAfterCommit;
    }

    @Bean
    BookingCallbacks bookingCallbacks(CallbackOutbox outbox) {
        return new BookingCallbacks(outbox);
    }

    @Bean
    OneTimeTask<Void> dialogTimerTask(ObjectProvider<DialogTurns> turns) {
        return Tasks.oneTime("dialog-timer").execute((instance, context) -> turns.getObject().fire(instance.getId()));
    }

    @Bean
    RecurringTask<Void> callbackSweep(CallbackOutbox outbox) {
        return Tasks.recurring("callback-sweep", FixedDelay.of(CallbackOutbox.SWEEP_EVERY))
                .execute((instance, context) -> outbox.runDueNow());
    }

    @Bean
    DialogTimers dialogTimers(JdbcClient jdbc, OneTimeTask<Void> dialogTimerTask) {
        return new DialogTimers(jdbc, dialogTimerTask);
    }

    /**
     * Schedules the features' due-time tasks inside the current transaction: its connections go through a
     * transaction-aware proxy, so a task scheduled during a turn is written in the turn's transaction. A turn's own
     * timers go with the turn's last writes instead (DialogTimers).
     */
    @Bean
    SchedulerClient schedulerClient(DataSource dataSource, OneTimeTask<Void> dialogTimerTask, Database database) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), dialogTimerTask)
                .jdbcCustomization(timerSql(database))
                .build();
    }

    /**
     * Runs the timers and every one-time and recurring task of the app (each feature declares its own as a bean). On
     * PostgreSQL each poll takes its due timers in one statement ({@code FOR UPDATE SKIP LOCKED}), as many as the
     * instance has free threads: the instances share the due timers instead of all reading the same candidates and
     * racing to pick each, and none holds more than it can fire now. H2 (one instance) keeps db-scheduler's default.
     */
    @Bean
    TimerScheduler timerScheduler(DataSource dataSource, Database database, List<OneTimeTask<?>> oneTime,
                                  List<RecurringTask<?>> recurring, Clock clock, SlotbotProperties properties,
                                  TimerStats stats) {
        List<Task<?>> known = List.copyOf(oneTime);
        boolean lockAndFetch = database.postgres();
        return new TimerScheduler(() -> {
            SchedulerBuilder scheduler = Scheduler.create(dataSource, known)
                    .jdbcCustomization(timerSql(database))
                    .startTasks(recurring)
                    .statsRegistry(stats)
                    .clock(clock::instant)
                    .pollingInterval(properties.timers().pollingInterval())
                    .threads(properties.timers().threads());
            if (lockAndFetch) {
                scheduler.pollUsingLockAndFetch(0.5, 1.0);
            }
            return scheduler.build();
        });
    }

    /**
     * What db-scheduler's own detection would pick (timestamps with their zone on both databases), told from the
     * pool's URL: the detection opens a connection while the beans are made, which would wait for the schema's
     * migration ({@code SchemaMigration}) and hold up the start.
     */
    static JdbcCustomization timerSql(Database database) {
        return database.postgres() ? new PostgreSqlJdbcCustomization(false, false) : new DefaultJdbcCustomization(false);
    }

    @Bean
    TimerStats timerStats(MeterRegistry registry, TimerMeter fired, List<OneTimeTask<?>> oneTime, List<RecurringTask<?>> recurring,
                          JdbcClient jdbc, Clock clock) {
        List<Task<?>> all = new ArrayList<>(oneTime);
        all.addAll(recurring);
        return new TimerStats(registry, fired, oneTime, all, jdbc, clock);
    }

    /** The callbacks written and not yet delivered to their dialogs: a few at most while the workers keep up. */
    @Bean
    MeterBinder callbackBacklog(CallbackOutbox outbox) {
        return Gauges.backlog("callbacks", outbox::waiting);
    }

    @Bean
    DialogTurns dialogTurns(BotLibrary bots, DialogEngine engine, DialogRows rows, DialogTimers timers,
                            CallbackOutbox outbox, PlatformTransactionManager transactions, Clock clock,
                            TurnListeners listeners, BlockEntries entries, SharedVariableStore shared, TurnMeter meter) {
        TransactionTemplate newTransactions = new TransactionTemplate(transactions);
        newTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new DialogTurns(bots, engine, rows, timers, outbox, newTransactions, clock, listeners::sent, entries, shared, meter);
    }

    @Bean
    TurnListeners turnListeners(ObjectProvider<DialogTurns.MessageListener> listeners) {
        return new TurnListeners(listeners);
    }
}
