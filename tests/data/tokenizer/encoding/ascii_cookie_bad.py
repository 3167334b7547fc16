# coding: ascii
y = 'é'
