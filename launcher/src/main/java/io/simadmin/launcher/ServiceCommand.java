package io.simadmin.launcher;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to start one service: the command line, environment variables to add and launcher variables to
 * hide from it.
 */
public record ServiceCommand(List<String> command, Map<String, String> environment, Set<String> unsetEnvironment) {

    public ServiceCommand {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
        unsetEnvironment = Set.copyOf(unsetEnvironment);
    }

    @Override
    public String toString() {
        return "ServiceCommand" + command + " env=" + environment.keySet();
    }
}
