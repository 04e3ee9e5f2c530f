package vn.camau.reform.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param oneTimePasswordValidity how long a one-time password (new account, reset) works before an
 *                                administrator must reset it again
 */
@ConfigurationProperties("app.accounts")
public record AccountSettings(@DefaultValue("7d") Duration oneTimePasswordValidity) {
}
