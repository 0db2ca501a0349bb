package io.ispflow.catalog;

import io.ispflow.testsupport.ServiceBootContract;

class CatalogApplicationIT extends ServiceBootContract {}
