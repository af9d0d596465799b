package io.simadmin.launcher;

/**
 * What kind of Spring service a process is. The kind decides the start wave and the memory budget:
 * the registry and config server are small and must be up before anyone else asks them anything.
 */
public enum ServiceKind {
    REGISTRY(1, "128m", "256m"),
    CONFIG(1, "128m", "256m"),
    GATEWAY(2, "192m", "256m"),
    DOMAIN(2, "192m", "256m");

    private final int wave;
    private final String maxHeap;
    /**
     * A ceiling, not a reservation. It also bounds the class space the JVM writes its AOT cache from:
     * at 96m the registry's cache could not be written ("Unable to allocate from 'ro' region").
     */
    private final String maxMetaspace;

    ServiceKind(int wave, String maxHeap, String maxMetaspace) {
        this.wave = wave;
        this.maxHeap = maxHeap;
        this.maxMetaspace = maxMetaspace;
    }

    /** Services of wave 1 start first and must be healthy before wave 2 starts. */
    public int wave() {
        return wave;
    }

    public String maxHeap() {
        return maxHeap;
    }

    public String maxMetaspace() {
        return maxMetaspace;
    }
}
