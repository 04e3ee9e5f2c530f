package vn.camau.reform.e2e;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A diagnostic for the heap per UI ({@code -Dbench.walk=true}): walks what each HTTP session reaches
 * (fields by reflection, JDK collections through their API), stopping at the application's shared
 * parts (Spring beans, Vaadin's service and servlet, classes, threads), and charges each object to
 * the first session that reaches it, so what several sessions share is charged to the first. The last
 * session's account is then what one session holds alone: strings and arrays by the field that holds
 * them. An estimate (object sizes by a simple rule), to find where to cut, not a measure.
 */
final class SessionWalk {

    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Walks one session's attributes; returns bytes and counts by "holder class.field → class". */
    Map<String, long[]> walk(Object root) {
        Map<String, long[]> account = new HashMap<>();
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {root, "session"});
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            Object o = next[0];
            String via = (String) next[1];
            if (o == null || !seen.add(o) || stop(o)) {
                continue;
            }
            Class<?> c = o.getClass();
            long size = size(o);
            long[] a = account.computeIfAbsent(via + " → " + c.getName(), k -> new long[2]);
            a[0] += size;
            a[1]++;
            if (o instanceof String) {
                continue;
            }
            if (c.isArray()) {
                if (!c.getComponentType().isPrimitive()) {
                    for (int i = 0; i < Array.getLength(o); i++) {
                        todo.push(new Object[] {Array.get(o, i), via + "[]"});
                    }
                }
                continue;
            }
            if (o instanceof Map<?, ?> m && c.getName().startsWith("java.")) {
                try {
                    for (Map.Entry<?, ?> e : new ArrayList<>(m.entrySet())) {
                        todo.push(new Object[] {e.getKey(), via + "{k}"});
                        todo.push(new Object[] {e.getValue(), via + "{v}"});
                    }
                    a[0] += 40L * m.size();
                } catch (RuntimeException e) {
                    // a concurrent change: skip
                }
                continue;
            }
            if (o instanceof Collection<?> col && c.getName().startsWith("java.")) {
                try {
                    for (Object e : new ArrayList<>(col)) {
                        todo.push(new Object[] {e, via + "[]"});
                    }
                    a[0] += 8L * col.size();
                } catch (RuntimeException e) {
                    // skip
                }
                continue;
            }
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Field f : k.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    try {
                        f.setAccessible(true);
                        todo.push(new Object[] {f.get(o), shortName(k) + "." + f.getName()});
                    } catch (RuntimeException | IllegalAccessException e) {
                        // a JDK internal: not followed
                    }
                }
            }
        }
        return account;
    }

    private static String shortName(Class<?> c) {
        String n = c.getName();
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static boolean stop(Object o) {
        String n = o.getClass().getName();
        return o instanceof Class || o instanceof Thread || o instanceof ClassLoader
                || n.startsWith("org.springframework.") && !n.contains("security.core") && !n.contains("SecurityContextImpl")
                || n.contains("$$SpringCGLIB") || n.startsWith("jdk.proxy") || n.startsWith("com.zaxxer")
                || n.startsWith("org.apache.catalina.") && !n.contains("StandardSession")
                || n.startsWith("org.apache.tomcat.") || n.startsWith("org.jooq.")
                || o instanceof com.vaadin.flow.server.VaadinService || o instanceof com.vaadin.flow.server.VaadinServlet
                || o instanceof jakarta.servlet.ServletContext || o instanceof com.vaadin.flow.function.DeploymentConfiguration
                || o instanceof com.vaadin.flow.router.Router || o instanceof com.vaadin.flow.server.RouteRegistry
                || o instanceof com.vaadin.flow.i18n.I18NProvider
                || n.endsWith("Service") && n.startsWith("vn.camau") || n.startsWith("vn.camau") && n.endsWith("Units")
                || o instanceof java.util.logging.Logger || n.startsWith("org.slf4j") || n.startsWith("ch.qos");
    }

    private static long size(Object o) {
        if (o instanceof String s) {
            boolean latin1 = s.chars().allMatch(ch -> ch < 256);
            return 24 + 16 + (long) s.length() * (latin1 ? 1 : 2);
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            Class<?> t = c.getComponentType();
            int per = t == long.class || t == double.class ? 8 : t == int.class || t == float.class ? 4
                    : t == byte.class || t == boolean.class ? 1 : t == char.class || t == short.class ? 2 : 4;
            return 16 + (long) per * Array.getLength(o);
        }
        long s = 12;
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    s += f.getType() == long.class || f.getType() == double.class ? 8 : 4;
                }
            }
        }
        return s;
    }

    /** The account's biggest lines, printed with a prefix. */
    static void print(Map<String, long[]> account, int limit) {
        long total = account.values().stream().mapToLong(v -> v[0]).sum();
        System.out.printf("WALK total %,d B in %,d objects%n", total, account.values().stream().mapToLong(v -> v[1]).sum());
        List<Map.Entry<String, long[]>> lines = new ArrayList<>(account.entrySet());
        lines.sort((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]));
        lines.stream().limit(limit).forEach(e -> System.out.printf("WALK %9d B %6d # %s%n", e.getValue()[0],
                e.getValue()[1], e.getKey()));
    }
}
