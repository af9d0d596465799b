package io.simadmin.user.users;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A date of birth in the past of someone at least {@link #MINIMUM_AGE} today (SIM contracts need an adult), and not
 * before 1900 (a typo rather than a person). Null is left to {@code @NotNull}.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AdultBirthDate.Validator.class)
public @interface AdultBirthDate {

    int MINIMUM_AGE = 18;

    String message() default "must be the date of birth of an adult (18 or older)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AdultBirthDate, LocalDate> {

        private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

        private final Clock clock;

        /** Spring builds constraint validators, so the service's clock decides what "today" is. */
        public Validator(Clock clock) {
            this.clock = clock;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            LocalDate today = LocalDate.now(clock);
            String problem = null;
            if (!value.isBefore(today)) {
                problem = "must be in the past";
            } else if (value.isBefore(EARLIEST)) {
                problem = "must not be before 1900-01-01";
            } else if (value.plusYears(MINIMUM_AGE).isAfter(today)) {
                problem = "must be the date of birth of an adult (" + MINIMUM_AGE + " or older)";
            }
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
            return false;
        }
    }
}
