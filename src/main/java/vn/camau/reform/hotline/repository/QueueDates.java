package vn.camau.reform.hotline.repository;

import java.time.LocalDate;

/** Today and the last due date that counts as due soon, for the queue conditions. */
public record QueueDates(LocalDate today, LocalDate dueSoonLimit) {
}
