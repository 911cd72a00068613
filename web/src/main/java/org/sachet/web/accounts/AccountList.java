package org.sachet.web.accounts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sachet.accounts.Account;
import org.sachet.accounts.AccountService;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The administrators' list of accounts: searched by name, read page by page from the database. */
@Named
@ViewScoped
public class AccountList implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String search;

    private final LazyDataModel<Account> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) accounts.count(search);
        }

        @Override
        public List<Account> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                  Map<String, FilterMeta> filterBy) {
            return accounts.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(Account account) {
            return String.valueOf(account.getId());
        }
    };

    public LazyDataModel<Account> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }
}
