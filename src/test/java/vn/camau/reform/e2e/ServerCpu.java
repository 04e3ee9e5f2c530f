package vn.camau.reform.e2e;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time Tomcat's request threads have used so far, in nanoseconds: the server's own work on the
 * requests, apart from the harness's leaders in the same JVM. Wall-clock answer times on a shared
 * 2-core machine move with whatever else runs; the CPU a navigation costs the server moves far less,
 * so a change to the server's work is best read from this. Threads that ended in between are missing
 * from the later sum (Tomcat keeps its pool's threads while it is busy).
 */
final class ServerCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ServerCpu() {
    }

    static long nanos() {
        long sum = 0;
        long[] ids = THREADS.getAllThreadIds();
        ThreadInfo[] infos = THREADS.getThreadInfo(ids);
        for (int i = 0; i < ids.length; i++) {
            if (infos[i] != null && infos[i].getThreadName().contains("-exec-")) {
                long cpu = THREADS.getThreadCpuTime(ids[i]);
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }
}
