package io.simadmin.auth.passwords;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The bundled list of the most common passwords ({@code passwords/common-passwords.txt}). */
@Component
public class CommonPasswords {

    private final Set<String> entries;

    public CommonPasswords() {
        Set<String> loaded = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("passwords/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(loaded::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the common password list", e);
        }
        this.entries = Set.copyOf(loaded);
    }

    /**
     * True for a listed password, also when only trailing digits or symbols were added to one ("password2024!"),
     * the most common way people stretch a short password to a length rule.
     */
    public boolean contains(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (entries.contains(lower)) {
            return true;
        }
        String core = lower.replaceFirst("[^a-z]+$", "");
        return core.length() >= 4 && !core.equals(lower) && entries.contains(core);
    }

    int size() {
        return entries.size();
    }
}
