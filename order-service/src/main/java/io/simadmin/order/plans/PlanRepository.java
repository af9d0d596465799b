package io.simadmin.order.plans;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface PlanRepository extends JpaRepository<Plan, UUID>, JpaSpecificationExecutor<Plan> {

    @Query("""
            select count(p) > 0 from Plan p where lower(p.name) = lower(:name)
            and lower(p.networkProvider) = lower(:provider) and p.simType = :simType and p.id <> :exceptId""")
    boolean identityTaken(String name, String provider, SimType simType, UUID exceptId);
}
