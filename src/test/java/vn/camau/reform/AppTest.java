package vn.camau.reform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application against a real MariaDB (one shared Spring context), served on a
 * random port as well: MockMvc reaches the controllers, and tests that need what only a real server
 * does (Tomcat's proxy headers, Vaadin's pages) send real HTTP to {@code local.server.port}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface AppTest {
}
