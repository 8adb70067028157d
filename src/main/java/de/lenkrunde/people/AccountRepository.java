package de.lenkrunde.people;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface AccountRepository extends ListCrudRepository<Account, Long> {

    Optional<Account> findByLogin(String login);

    Optional<Account> findByPersonId(long personId);

    boolean existsByLogin(String login);

    @Query("SELECT COUNT(*) > 0 FROM account a JOIN account_role r ON r.account_id = a.id WHERE r.role = 'ADMIN'")
    boolean anyAdminExists();
}
