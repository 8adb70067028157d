package de.lenkrunde.funding;

import org.springframework.data.repository.ListCrudRepository;

interface BudgetLineRepository extends ListCrudRepository<BudgetLine, Long> {
}
