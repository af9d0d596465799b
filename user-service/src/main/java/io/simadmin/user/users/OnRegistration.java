package io.simadmin.user.users;

/** Validation group of the checks that only registration makes (the ID document number is required only then). */
public interface OnRegistration {
}
