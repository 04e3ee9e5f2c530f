package vn.camau.reform.e2e;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the machine's CPU went, by whose work: the server's request threads (Tomcat's), the harness's
 * other Java threads (the simulated leaders and their HTTP clients), the JVM's own threads (garbage
 * collection, the JIT: the process's CPU less its Java threads') and the database server (MariaDB's
 * process, read from {@code /proc}). Fifty leaders at once on two cores finish no sooner than the sum of all
 * of it over two: this says how much of that sum is the server's, and how much the harness sharing its cores
 * adds.
 *
 * @param server   Tomcat's request threads
 * @param harness  every other Java thread of this JVM
 * @param jvm      the process's CPU that no Java thread accounts for: GC, JIT compiler, the VM
 * @param database the MariaDB server's process (0 when none is found)
 */
record MachineCpu(long server, long harness, long jvm, long database) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Linux's clock ticks per second for /proc's CPU times (USER_HZ, 100 on every common kernel). */
    private static final long TICK_NANOS = 10_000_000L;

    static MachineCpu now() {
        long server = 0;
        long java = 0;
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            long cpu = THREADS.getThreadCpuTime(ids[i]);
            if (infos[i] == null || cpu <= 0) {
                continue;
            }
            java += cpu;
            if (infos[i].getThreadName().contains("-exec-")) {
                server += cpu;
            }
        }
        long process = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
        return new MachineCpu(server, java - server, Math.max(0, process - java), databaseNanos());
    }

    MachineCpu minus(MachineCpu before) {
        return new MachineCpu(server - before.server, harness - before.harness, jvm - before.jvm,
                database - before.database);
    }

    MachineCpu plus(MachineCpu other) {
        return new MachineCpu(server + other.server, harness + other.harness, jvm + other.jvm,
                database + other.database);
    }

    long all() {
        return server + harness + jvm + database;
    }

    /** "server 23.9, harness 4.1, JVM 3.0, database 2.2: in all 33.2 ms" per one of {@code count}. */
    String perOne(long count) {
        double n = Math.max(1, count) * 1e6;
        return String.format("server %.1f, harness %.1f, JVM (GC, JIT) %.1f, database %.1f: in all %.1f ms",
                server / n, harness / n, jvm / n, database / n, all() / n);
    }

    /** User and system CPU of every process named mariadbd or mysqld (the server here, or the embedded one). */
    private static long databaseNanos() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToLong(MachineCpu::databaseTicks).sum() * TICK_NANOS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long databaseTicks(Path process) {
        try {
            String comm = Files.readString(process.resolve("comm")).strip();
            if (!comm.equals("mariadbd") && !comm.equals("mysqld")) {
                return 0;
            }
            // after the command's closing parenthesis: state is field 3, utime and stime fields 14 and 15
            String stat = Files.readString(process.resolve("stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            return Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
