package de.lenkrunde.proposals;

import org.springframework.data.repository.ListCrudRepository;

interface ProposalRepository extends ListCrudRepository<Proposal, Long> {
}
