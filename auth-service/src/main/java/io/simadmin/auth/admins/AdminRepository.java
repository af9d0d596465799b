package io.simadmin.auth.admins;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface AdminRepository extends JpaRepository<Admin, UUID>, JpaSpecificationExecutor<Admin> {

    @Query("select a from Admin a where lower(a.email) = lower(:login) or lower(a.username) = lower(:login)")
    List<Admin> findByLogin(String login);

    @Query("select a from Admin a where lower(a.email) = lower(:email)")
    Optional<Admin> findByEmail(String email);

    @Query("select count(a) > 0 from Admin a where lower(a.email) = lower(:email) and a.id <> :exceptId")
    boolean emailTakenByAnother(String email, UUID exceptId);

    @Query("select count(a) > 0 from Admin a where lower(a.username) = lower(:username) and a.id <> :exceptId")
    boolean usernameTakenByAnother(String username, UUID exceptId);

    /** Locks the active super admins, so two requests cannot each remove "another" one and leave none. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Admin a where a.role = io.simadmin.auth.admins.AdminRole.SUPER_ADMIN and a.active = true")
    List<Admin> lockActiveSuperAdmins();
}
