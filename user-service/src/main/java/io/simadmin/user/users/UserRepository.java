package io.simadmin.user.users;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.UUID;

interface UserRepository extends JpaRepository<PublicUser, UUID>, JpaSpecificationExecutor<PublicUser> {

    @Query("select count(u) > 0 from PublicUser u where lower(u.email) = lower(:email) and u.id <> :exceptId")
    boolean emailTakenByAnother(String email, UUID exceptId);

    @Query("select count(u) > 0 from PublicUser u where u.phone = :phone and u.id <> :exceptId")
    boolean phoneTakenByAnother(String phone, UUID exceptId);
}
